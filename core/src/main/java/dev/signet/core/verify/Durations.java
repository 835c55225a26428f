package dev.signet.core.verify;

/** Short human forms of durations for messages: {@code 29d 23h}, {@code 5h 3m}, {@code 42s}. */
public final class Durations {

    private Durations() {
    }

    public static String format(long seconds) {
        if (seconds < 0) {
            return "-" + format(-seconds);
        }
        long d = seconds / 86400;
        long h = (seconds % 86400) / 3600;
        long m = (seconds % 3600) / 60;
        long s = seconds % 60;
        if (d > 0) {
            return d + "d " + h + "h";
        }
        if (h > 0) {
            return h + "h " + m + "m";
        }
        if (m > 0) {
            return m + "m " + s + "s";
        }
        return s + "s";
    }
}
