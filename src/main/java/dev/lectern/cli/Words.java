package dev.lectern.cli;

/** Counts in messages: "1 file", "2 files". */
final class Words {

    private Words() {
    }

    static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
