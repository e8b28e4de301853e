package dev.lectern.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * axe-core, the accessibility engine, run inside the page that a {@link Browser} shows. Its script comes from the
 * axe-core WebJar, a test dependency; nothing is downloaded at run time.
 */
final class Axe {

    /** The outcome of one run: the serious and critical violations, and the rules of the lesser ones. */
    record Result(List<String> seriousOrCritical, List<String> lesser) {
    }

    private final String script;
    final String version;

    private Axe(String script, String version) {
        this.script = script;
        this.version = version;
    }

    static Axe load() {
        try (InputStream pom = Axe.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            if (pom == null) {
                throw new IllegalStateException("the axe-core WebJar is not on the test classpath");
            }
            Properties properties = new Properties();
            properties.load(pom);
            String version = properties.getProperty("version");
            try (InputStream js = Axe.class.getResourceAsStream(
                    "/META-INF/resources/webjars/axe-core/" + version + "/axe.min.js")) {
                return new Axe(new String(js.readAllBytes(), StandardCharsets.UTF_8), version);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs every axe rule over the page as it is now, each violation given as "id (impact): help at targets". */
    @SuppressWarnings("unchecked")
    Result run(Browser browser) {
        if (!Boolean.TRUE.equals(browser.js("return typeof window.axe === 'object';"))) {
            browser.js(script);
        }
        List<Object> answer = (List<Object>) browser.driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                window.axe.run(document, { resultTypes: ['violations'] }).then(function (r) {
                  var bad = r.violations.filter(function (v) {
                    return v.impact === 'serious' || v.impact === 'critical';
                  });
                  done([bad.map(function (v) {
                    return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 8).map(function (n) {
                      return n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']' : '');
                    }).join('; ') + (v.nodes.length > 8 ? ' and ' + (v.nodes.length - 8) + ' more' : '');
                  }), r.violations.filter(function (v) { return bad.indexOf(v) < 0; }).map(function (v) {
                    return v.id + ' (' + v.impact + ')';
                  })]);
                }, function (e) { done([['axe-core failed: ' + e], []]); });
                """);
        return new Result((List<String>) answer.get(0), (List<String>) answer.get(1));
    }
}
