/**
 * Runs before every API test file: new password hashes use a low scrypt cost so suites that
 * create and sign in many accounts stay fast. The default (2^17) is checked by
 * auth-security.test.ts, which switches back to it where it matters.
 */
import { usePasswordCostForTests } from "./modules/auth/passwords.js";

usePasswordCostForTests({ N: 2 ** 12, r: 8, p: 1 });
