package se.connectbot.sandbox.demo;

/**
 * The Luhn (mod 10) check digit, as Swedish organisation numbers, OCR references and SIM
 * card numbers use it.
 */
final class Luhn {

    private Luhn() {
    }

    /** The digit that makes {@code digits} followed by it pass the Luhn check. */
    static int checkDigit(String digits) {
        int sum = 0;
        boolean doubled = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                throw new IllegalArgumentException("not a digit string: '" + digits + "'");
            }
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }

    static boolean valid(String digitsWithCheck) {
        String digits = digitsWithCheck.replace("-", "");
        return digits.length() > 1
                && checkDigit(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1) - '0';
    }
}
