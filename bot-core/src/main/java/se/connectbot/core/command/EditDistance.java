package se.connectbot.core.command;

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions, so
 * {@code stauts} is one edit from {@code status}). Stateless.
 */
public final class EditDistance {

    private EditDistance() {
    }

    public static int between(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                d[i][j] = cell(a, b, d, i, j);
            }
        }
        return d[a.length()][b.length()];
    }

    private static int cell(String a, String b, int[][] d, int i, int j) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
            best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        return best;
    }
}
