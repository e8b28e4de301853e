package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The little TeX of listings, turned into text for reading and analysis. */
class TexTextTest {

    @Test
    void mathDelimitersGoAndTildesBecomeSpaces() {
        assertEquals("The Q-function (QF) of learning (RL)", TexText.plain("The $Q$-function~(QF) of learning~(RL)"));
    }

    @Test
    void escapedDollarAndTildeStayLiteral() {
        assertEquals("costs $5 and ~3 hours", TexText.plain("costs \\$5 and \\~3 hours"));
    }

    @Test
    void textCommandsKeepTheirArgument() {
        assertEquals("a very good bound on loss", TexText.plain("a \\emph{very} \\textbf{good} bound on \\text{loss}"));
    }

    @Test
    void textWithoutTexIsReturnedUnchanged() {
        String text = "Knowledge distillation (KD) is widely used.";
        assertEquals(text, TexText.plain(text));
    }
}
