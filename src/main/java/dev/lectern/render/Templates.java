package dev.lectern.render;

import dev.lectern.Diagnostics;
import dev.lectern.Location;
import dev.lectern.SourceText;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;

/**
 * The Freemarker setup, built once per build: a site's own {@code templates/} first, then the built-in theme;
 * {@code .ftlh} files are HTML auto-escaped; templates cannot reach Java ({@code ?api} and {@code ?new} are off).
 */
public final class Templates {

    /** Where the built-in theme lies on the class path. */
    public static final String THEME_RESOURCE_ROOT = "/lectern-theme";

    private final Configuration configuration;
    private final Path siteTemplates;

    /** Templates of {@code siteTemplates} (may not exist) over the built-in theme. */
    public Templates(Path siteTemplates) throws IOException {
        this.siteTemplates = siteTemplates;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader builtIn = new ClassTemplateLoader(Templates.class, THEME_RESOURCE_ROOT);
        cfg.setTemplateLoader(siteTemplates != null && Files.isDirectory(siteTemplates)
                ? new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(siteTemplates.toFile()), builtIn})
                : builtIn);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setObjectWrapper(new ViewWrapper());
        this.configuration = cfg;
    }

    /**
     * Checks that the site's own templates are UTF-8 text (see {@link SourceText}); Freemarker would otherwise
     * replace bad bytes without a word. Problems go to {@code diagnostics}.
     */
    public static void checkText(Path siteTemplates, Diagnostics diagnostics) throws IOException {
        if (siteTemplates == null || !Files.isDirectory(siteTemplates)) {
            return;
        }
        try (Stream<Path> files = Files.walk(siteTemplates)) {
            for (Path file : (Iterable<Path>) files.filter(Templates::isTemplate).sorted()::iterator) {
                SourceText.decode(file, Files.readAllBytes(file), "template", diagnostics);
            }
        }
    }

    private static boolean isTemplate(Path file) {
        String name = file.getFileName().toString();
        return (name.endsWith(".ftlh") || name.endsWith(".ftl")) && Files.isRegularFile(file);
    }

    /** Renders template {@code name} (e.g. {@code paper.ftlh}) with {@code view} as its data model. */
    public void render(String name, Object view, Writer out) throws TemplateProblem, IOException {
        Template template;
        try {
            template = configuration.getTemplate(name);
        } catch (ParseException e) {
            throw new TemplateProblem(locate(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()),
                    "template does not parse: " + firstLine(e.getEditorMessage()), e);
        }
        try {
            template.process(view, out);
        } catch (TemplateException e) {
            throw new TemplateProblem(
                    locate(e.getTemplateSourceName(), nullToZero(e.getLineNumber()), nullToZero(e.getColumnNumber())),
                    failure(e.getMessageWithoutStackTop()), e);
        }
    }

    /** The file a template name comes from: the site's own, or the built-in theme's. */
    Location locate(String templateName, int line, int column) {
        String name = templateName == null ? "?" : templateName;
        if (siteTemplates != null && Files.exists(siteTemplates.resolve(name))) {
            return new Location(siteTemplates.resolve(name), line, column);
        }
        return new Location(Path.of("(built-in theme)", name), line, column);
    }

    private static int nullToZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    /**
     * What went wrong while a template ran, in a line: Freemarker's own message, with the line after a colon
     * (it names the expression), and the security refusals said as what they are.
     */
    static String failure(String message) {
        if (message == null) {
            return "template failed";
        }
        if (message.contains("api_builtin_enabled")) {
            return "template failed: ?api is disabled: templates cannot call Java methods";
        }
        if (message.contains("not allowed in the template for security reasons")) {
            return "template failed: ?new is disabled: templates cannot create Java objects ("
                    + firstLine(message) + ")";
        }
        List<String> lines = message.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("----") && !l.startsWith("Tip:")).toList();
        if (lines.isEmpty()) {
            return "template failed";
        }
        String summary = lines.get(0);
        if (summary.endsWith(":") && lines.size() > 1) {
            summary += " " + lines.get(1).replaceAll("\\s*\\[in template .*$", "");
        }
        return "template failed: " + summary;
    }
}
