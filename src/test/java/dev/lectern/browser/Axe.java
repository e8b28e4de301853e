package dev.lectern.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * axe-core, the accessibility engine, run inside the page that a {@link Browser} shows. Its script is the npm
 * package pinned in {@code src/test/js/package-lock.json}, which the build installs ({@code npm ci}) into
 * {@code target/test-js/node_modules}; nothing is downloaded at run time.
 */
final class Axe {

    /** Where the build installs the browser tests' npm packages. */
    static final Path NODE_MODULES = Path.of("target/test-js/node_modules");

    /** The outcome of one run: the serious and critical violations, and the rules of the lesser ones. */
    record Result(List<String> seriousOrCritical, List<String> lesser) {
    }

    private final String script;
    final String version;

    private Axe(String script, String version) {
        this.script = script;
        this.version = version;
    }

    /** The installed axe-core; without it the calling test is skipped with a message, or fails under CI. */
    static Axe load() {
        Path folder = NODE_MODULES.resolve("axe-core");
        Path js = folder.resolve("axe.min.js");
        if (!Files.isRegularFile(js)) {
            String what = "no " + js + "; mvn installs it with npm ci (install Node.js and npm, as .ci/run does)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true and the accessibility test cannot run: " + what);
            }
            Assumptions.abort("accessibility test skipped: " + what);
        }
        try {
            String version = new ObjectMapper().readTree(folder.resolve("package.json").toFile()).path("version").asText();
            return new Axe(Files.readString(js), version);
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
                    return v.id + ' (' + v.impact + ') at ' + v.nodes.slice(0, 3).map(function (n) {
                      return n.target.join(' ');
                    }).join('; ');
                  })]);
                }, function (e) { done([['axe-core failed: ' + e], []]); });
                """);
        return new Result((List<String>) answer.get(0), (List<String>) answer.get(1));
    }
}
