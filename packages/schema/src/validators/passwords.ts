/**
 * The one password policy, checked wherever a password is set (createUser, the start-up admin)
 * and by the dashboard's form before it sends one: 12 to 200 characters, not the demo password
 * or a well-known password, not one character repeated, not the email's local part.
 */

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/** The demo accounts' password (and its obvious variants): refused as a real password everywhere. */
export const DEMO_PASSWORD = "casefile-demo";
const demoPasswords = new Set(["casefile-demo", "casefiledemo", "casefile_demo", "casefile-demo1", "casefile-demo!", "casefile"]);

/**
 * Passwords of 12+ characters from public breach-frequency lists (the shorter ones are refused by
 * length already), compared case-insensitively.
 */
const commonPasswords = new Set([
  "123456789012",
  "1234567890123",
  "12345678901234",
  "123456789123",
  "1234567890qwerty",
  "123123123123",
  "123qweasdzxc",
  "1q2w3e4r5t6y",
  "1qaz2wsx3edc",
  "1qaz2wsx3edc4rfv",
  "abc123456789",
  "abcdefghijkl",
  "administrator",
  "administrator1",
  "changeme1234",
  "changeme123!",
  "iloveyou1234",
  "letmein12345",
  "password1234",
  "password12345",
  "password123!",
  "password123456",
  "passw0rd1234",
  "p@ssw0rd1234",
  "p@ssword1234",
  "passwordpassword",
  "qazwsxedcrfv",
  "qwerty123456",
  "qwertyuiop12",
  "qwertyuiop123",
  "qwertyuiopasdfgh",
  "qwertyuiopasdfghjkl",
  "qwertyuiop[]",
  "1q2w3e4r5t6y7u8i",
  "zaq12wsxcde3",
  "zxcvbnm12345",
  "asdfghjkl123",
  "asdfghjkl;'",
  "welcome12345",
  "welcome123!",
  "trustno1trustno1",
  "football1234",
  "baseball1234",
  "superman1234",
  "sunshine1234",
  "princess1234",
  "monkey123456",
  "dragon123456",
  "master123456",
  "987654321098",
  "098765432109",
  "0987654321qwerty",
  "11223344556677",
  "112233445566",
  "abcd1234abcd1234",
  "q1w2e3r4t5y6",
  "a1b2c3d4e5f6",
  "correcthorsebatterystaple",
  "correct horse battery staple",
  "passwordpassword1",
  "letmeinletmein",
  "adminadmin123",
  "admin1234567",
  "admin123456789",
  "secret123456",
  "mypassword123",
  "thisisapassword",
  "iloveyouiloveyou",
]);

/** What is wrong with a password (one sentence), or null when it follows the policy. */
export function passwordProblem(password: string, email?: string | null): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `password must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `password must be at most ${PASSWORD_MAX_LENGTH} characters`;
  const lower = password.normalize("NFKC").toLowerCase();
  if (demoPasswords.has(lower) || lower.includes(DEMO_PASSWORD)) {
    return `password must not be the demo password "${DEMO_PASSWORD}": choose one of your own`;
  }
  if (commonPasswords.has(lower)) return "password is one of the most common passwords: choose one nobody would guess";
  if ([...lower].every((c) => c === lower[0])) return "password must not be one character repeated";
  const localPart = email?.trim().toLowerCase().split("@")[0] ?? "";
  if (localPart.length >= 3 && lower.includes(localPart)) {
    return "password must not contain the part of the email address before the @";
  }
  return null;
}

/** True for the demo password: refused at sign-in in production, whatever the account. */
export const isDemoPassword = (password: string) => demoPasswords.has(password.normalize("NFKC").toLowerCase());
