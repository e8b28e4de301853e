package dev.lectern.model;

import java.util.regex.Pattern;

/** The little TeX that listings carry: {@code ~} spaces, {@code $...$} math, a few text commands. */
public final class TexText {

    private static final Pattern TEXT_COMMAND = Pattern.compile("\\\\(?:emph|textit|textbf|texttt|text|mathrm)\\{([^{}]*)}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TexText() {
    }

    /** {@code The $Q$-function~(QF)} becomes {@code The Q-function (QF)}. */
    public static String plain(String tex) {
        if (tex.indexOf('$') < 0 && tex.indexOf('~') < 0 && tex.indexOf('\\') < 0) {
            return tex;
        }
        String s = TEXT_COMMAND.matcher(tex).replaceAll("$1");
        s = s.replace("\\$", "\u0000").replace("$", "").replace('\u0000', '$');
        s = s.replace("\\~", "\u0000").replace('~', ' ').replace('\u0000', '~');
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
