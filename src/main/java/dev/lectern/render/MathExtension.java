package dev.lectern.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * TeX math in Markdown: {@code $...$} and {@code $$...$$} are kept as written, so that {@code _} and {@code *}
 * inside them never become emphasis, and marked {@code <span class="math">\(...\)</span>} (display math
 * {@code \[...\]}) for the page's math rendering, the way abstracts are. Dollar amounts stay text: an opening
 * {@code $} must be followed by a non-space, a closing one preceded by a non-space and not followed by a digit, as
 * in Pandoc.
 */
final class MathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private MathExtension() {
    }

    static MathExtension create() {
        return new MathExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new MathParserFactory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new MathRenderer());
    }

    /** A piece of math: its TeX without the dollars. */
    static final class MathNode extends Node {
        private final boolean display;
        private final String tex;

        MathNode(BasedSequence chars, String tex, boolean display) {
            super(chars);
            this.tex = tex;
            this.display = display;
        }

        @Override
        public BasedSequence[] getSegments() {
            return new BasedSequence[] {getChars()};
        }
    }

    private static final class MathRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(MathNode.class, (node, context, html) -> {
                if (node.display) {
                    html.raw("<span class=\"math math-display\">\\[").text(node.tex).raw("\\]</span>");
                } else {
                    html.raw("<span class=\"math\">\\(").text(node.tex).raw("\\)</span>");
                }
            }));
        }
    }

    private static final class MathParserFactory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "$";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser parser) {
            return new MathParser();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }

    private static final class MathParser implements InlineParserExtension {
        @Override
        public void finalizeDocument(InlineParser parser) {
        }

        @Override
        public void finalizeBlock(InlineParser parser) {
        }

        @Override
        public boolean parse(LightInlineParser parser) {
            BasedSequence input = parser.getInput();
            int start = parser.getIndex();
            boolean display = start + 1 < input.length() && input.charAt(start + 1) == '$';
            int open = start + (display ? 2 : 1);
            int close = display ? closingDisplay(input, open) : closingInline(input, open);
            if (close < 0) {
                return false;
            }
            String tex = input.subSequence(open, close).toString();
            if (tex.isBlank()) {
                return false;
            }
            int end = close + (display ? 2 : 1);
            parser.flushTextNode();
            parser.getBlock().appendChild(new MathNode(input.subSequence(start, end), display ? tex.strip() : tex,
                    display));
            parser.setIndex(end);
            return true;
        }

        private static int closingDisplay(BasedSequence input, int from) {
            for (int j = from; j + 1 < input.length(); j++) {
                char c = input.charAt(j);
                if (c == '\\') {
                    j++;
                } else if (c == '$' && input.charAt(j + 1) == '$') {
                    return j;
                }
            }
            return -1;
        }

        private static int closingInline(BasedSequence input, int from) {
            if (from >= input.length() || Character.isWhitespace(input.charAt(from)) || input.charAt(from) == '$') {
                return -1;
            }
            for (int j = from; j < input.length(); j++) {
                char c = input.charAt(j);
                if (c == '\\') {
                    j++;
                } else if (c == '$') {
                    boolean spaceBefore = Character.isWhitespace(input.charAt(j - 1));
                    boolean digitAfter = j + 1 < input.length() && Character.isDigit(input.charAt(j + 1));
                    if (!spaceBefore && !digitAfter) {
                        return j;
                    }
                    if (spaceBefore) {
                        return -1; // "$5 and $10": the second dollar opens nothing either
                    }
                }
            }
            return -1;
        }
    }
}
