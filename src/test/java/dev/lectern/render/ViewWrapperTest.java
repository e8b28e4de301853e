package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates read view records through {@link ViewWrapper} exactly as through Freemarker's own wrapper. */
public class ViewWrapperTest {

    /** A view as the theme's are: components, a nested record, a list of records, a method with an argument. */
    public record Card(String title, Link link, List<Link> chips, String note, boolean open, int count) {
        public String label(String prefix) {
            return prefix + ": " + title;
        }
    }

    /** A record whose JavaBeans getter has a component's name: Freemarker gives the component. */
    public record Odd(String title) {
        public String getTitle() {
            return "from the getter";
        }
    }

    /** Not public: Freemarker shows none of its components, and neither may the wrapper. */
    record Hidden(String secret) {
    }

    private static final Card CARD = new Card("A <b>bold</b> claim", new Link("../x/", "X & Y"),
            List.of(new Link("../t/1/", "One"), new Link("../t/2/", "Two")), null, true, 3);

    private static final String TEMPLATE = String.join("\n",
            "${v.title} ${v.title()} ${v['title']}",
            "${v.link.href} ${v.link.text}",
            "<#list v.chips as c>[${c.text}|${c.href}]</#list> ${v.chips?size}",
            "${v.note!'no note'} ${v.note?has_content?c} ${v.link?has_content?c}",
            "<#if v.open>open</#if> ${v.count + 1}",
            "${v.label('Card')}");

    @Test
    void componentsNestedRecordsListsAndMethodsRenderAsWithFreemarkersWrapper() throws Exception {
        String ours = render(new ViewWrapper(), TEMPLATE, CARD);
        assertEquals(render(freemarkers(), TEMPLATE, CARD), ours);
        assertEquals(String.join("\n",
                "A &lt;b&gt;bold&lt;/b&gt; claim A &lt;b&gt;bold&lt;/b&gt; claim A &lt;b&gt;bold&lt;/b&gt; claim",
                "../x/ X &amp; Y",
                "[One|../t/1/][Two|../t/2/] 2",
                "no note false true",
                "open 4",
                "Card: A &lt;b&gt;bold&lt;/b&gt; claim"), ours);
    }

    @Test
    void aComponentWinsOverABeanGetterOfItsNameAsInFreemarker() throws Exception {
        String template = "${v.title}";
        assertEquals(render(freemarkers(), template, new Odd("component")),
                render(new ViewWrapper(), template, new Odd("component")));
        assertEquals("component", render(new ViewWrapper(), template, new Odd("component")));
    }

    @Test
    void aNonPublicRecordShowsNoComponent() throws Exception {
        String template = "${v.secret!'hidden'}";
        assertEquals("hidden", render(freemarkers(), template, new Hidden("s3cret")));
        assertEquals("hidden", render(new ViewWrapper(), template, new Hidden("s3cret")));
    }

    @Test
    void aMissingKeyFailsAsWithFreemarkersWrapper() {
        assertThrows(TemplateException.class, () -> render(new ViewWrapper(), "${v.nothing}", CARD));
        assertThrows(TemplateException.class, () -> render(freemarkers(), "${v.nothing}", CARD));
    }

    private static ObjectWrapper freemarkers() {
        return new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();
    }

    private static String render(ObjectWrapper wrapper, String template, Object view) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        StringTemplateLoader loader = new StringTemplateLoader();
        loader.putTemplate("t.ftlh", template);
        cfg.setTemplateLoader(loader);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setObjectWrapper(wrapper);
        StringWriter out = new StringWriter();
        cfg.getTemplate("t.ftlh").process(Map.of("v", view), out);
        return out.toString();
    }
}
