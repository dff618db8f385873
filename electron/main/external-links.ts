// Which links may leave Scrutineer for another program: a front sheet's email addresses and phone
// numbers (mailto: and tel:) open the member's own mail or phone app. Every other scheme, the web
// included, stays denied: the app works offline and never hands a page's URL to the system.
import { parseUrl } from './app-origin';

const longestLink = 2048;
// Letters, digits and the few marks a phone number is written with; a leading + for the country.
const phoneNumber = /^\+?[0-9().\- ]{3,32}$/;
// An address (or addresses) before any ?subject=…; no spaces, no second scheme smuggled in.
const mailAddresses = /^[^\s/?#:]+@[^\s/?#]+$/;

function isControlCharacter(character: string): boolean {
  const code = character.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

/** True only for a well-formed mailto: or tel: link, which may go to shell.openExternal. */
export function isAllowedExternalUrl(url: string): boolean {
  if (url.length > longestLink || [...url].some(isControlCharacter)) return false;
  const parsed = parseUrl(url);
  if (parsed === null || parsed.username !== '' || parsed.host !== '') return false;
  let target: string;
  try {
    target = decodeURIComponent(parsed.pathname);
  } catch {
    return false;
  }
  switch (parsed.protocol) {
    case 'mailto:':
      return target.split(',').every((address) => mailAddresses.test(address.trim()));
    case 'tel:':
      return parsed.search === '' && phoneNumber.test(target);
    default:
      return false;
  }
}
