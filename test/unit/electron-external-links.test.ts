// The allow-list for links that leave Scrutineer: a front sheet's email addresses and phone numbers
// go to the member's mail and phone apps; nothing else reaches the system, however it is dressed up.
import { isAllowedExternalUrl } from '../../electron/main/external-links';

describe('links the system may open', () => {
  it.each([
    ['an email address', 'mailto:democratic.services@council.example'],
    ['an email address with a subject', 'mailto:clerk@council.example?subject=Agenda%20item%205'],
    ['two email addresses', 'mailto:chair@council.example,clerk@council.example'],
    ['a scheme in capitals', 'MAILTO:CLERK@COUNCIL.EXAMPLE'],
    ['a UK phone number', 'tel:01632960123'],
    ['an international phone number', 'tel:+441632960123'],
    ['a phone number written with spaces', 'tel:01632%20960%20123'],
  ])('opens %s', (_case, url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['a web page', 'https://council.example/agenda'],
    ['plain http', 'http://council.example/'],
    ['a local file', 'file:///C:/Windows/System32/calc.exe'],
    ['a script', 'javascript:alert(1)'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['a Windows settings page', 'ms-settings:privacy'],
    ['a network share', 'smb://server/share'],
    ['an app protocol', 'vscode://file/etc/passwd'],
    ['a mailto with a host', 'mailto://evil.example/path'],
    ['a mailto smuggling a script', 'mailto:javascript:alert(1)'],
    ['an empty mailto', 'mailto:'],
    ['a mailto without an @', 'mailto:clerk'],
    ['a tel with letters', 'tel:call-me-maybe'],
    ['a tel with a query', 'tel:01632960123?x=1'],
    ['a link with a control character', 'mailto:clerk@council.example%0A\n'],
    ['an overlong link', `mailto:${'a'.repeat(2100)}@council.example`],
    ['something that is not a URL', 'not a link'],
  ])('denies %s', (_case, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
