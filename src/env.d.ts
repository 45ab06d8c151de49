declare namespace App {
  interface Locals {
    /** On a guide page: heading id → the part of the original document that section explains. */
    pinpoints?: Readonly<Record<string, string>>;
  }
}
