/** Lower-cases and trims an email address so that one address is one identity. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
