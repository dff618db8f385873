// Adds jest-dom's matchers (toBeInTheDocument, toHaveAttribute, …) to every renderer test, and the
// few browser features jsdom lacks that the UI uses: modal dialogs, Blob.arrayBuffer, scrolling.
import '@testing-library/jest-dom';

// A minimal modal <dialog>: open and close, a 'close' event, and Escape closing the open one.
HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
  if (!this.open) return;
  this.open = false;
  this.dispatchEvent(new Event('close'));
};
document.addEventListener('keydown', (event) => {
  const open = document.querySelector('dialog[open]');
  if (event.key === 'Escape' && open instanceof HTMLDialogElement) open.close();
});

Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
  return new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(this);
  });
};

Element.prototype.scrollIntoView = function scrollIntoView() {};
