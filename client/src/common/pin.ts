/** A PIN as it is shown to be copied down: groups of three digits, "123 456", easier to read and say. */
export function groupPin(pin: string): string {
  return pin.replace(/(\d{3})(?=\d)/g, '$1 ');
}
