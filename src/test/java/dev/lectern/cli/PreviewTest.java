package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lectern serve}: what it serves, what it refuses, and that it rebuilds and reloads. */
class PreviewTest {

    @TempDir
    Path temp;

    Path site;
    Path out;
    Preview preview;
    StringWriter log = new StringWriter();

    @BeforeEach
    void start() throws IOException {
        site = temp.resolve("site");
        Files.createDirectories(site.resolve("seeds"));
        Files.writeString(site.resolve("seeds/reading.txt"), """
                2 papers on arXiv
                Knowledge distillation trains a small student model to imitate a large teacher model on many tasks...
                We study value functions for reinforcement learning agents that learn from sparse rewards alone...
                """);
        Files.writeString(site.resolve("site.yml"), "title: Preview test\nbase-url: https://u.github.io/repo/\n");
        out = site.resolve("_site");
        Files.writeString(temp.resolve("secret.txt"), "not part of the site");
        preview = Preview.start(site, out, 0, new PrintWriter(log, true), true);
    }

    @AfterEach
    void stop() throws IOException {
        preview.close();
    }

    /** Sends a raw request line, so that the path reaches the server exactly as written. */
    private Response get(String rawPath) throws IOException {
        return request("GET", rawPath);
    }

    private Response request(String method, String rawPath) throws IOException {
        InetSocketAddress address = preview.server().address();
        try (Socket socket = new Socket(address.getAddress(), address.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream outStream = socket.getOutputStream();
            outStream.write((method + " " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            outStream.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.split(" ", 3)[1]);
            int body = response.indexOf("\r\n\r\n");
            return new Response(status, response.substring(0, body), response.substring(body + 4));
        }
    }

    record Response(int status, String headers, String body) {
    }

    @Test
    void itListensOnTheLoopbackInterfaceOnly() {
        assertTrue(preview.server().address().getAddress().isLoopbackAddress());
        assertTrue(preview.url().startsWith("http://127.0.0.1:"), preview.url());
    }

    @Test
    void pagesAreServedWithTheLiveReloadScriptThatBuiltFilesNeverHave() throws IOException {
        Response home = get("/");
        assertEquals(200, home.status());
        assertTrue(home.headers().contains("text/html"), home.headers());
        assertTrue(home.body().contains("<script src=\"/__lectern/live.js\"></script>\n</body>"), home.body());
        assertFalse(Files.readString(out.resolve("index.html")).contains("__lectern"), "the built file is untouched");
        assertEquals(200, get("/topics/index.html").status());
        Response script = get("/__lectern/live.js");
        assertEquals(200, script.status());
        assertTrue(script.body().contains("/__lectern/status"));
        assertTrue(get("/assets/lectern.css").headers().contains("text/css"));
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedSoRelativeLinksWork() throws IOException {
        Response folder = get("/topics");
        assertEquals(301, folder.status());
        assertTrue(folder.headers().contains("Location: /topics/"), folder.headers());
        assertEquals(200, get("/topics/").status());
    }

    @Test
    void pathsUnderThePublishedPathAreServedSoThe404PageWorks() throws IOException {
        assertEquals(200, get("/repo/index.html").status());
        assertEquals(200, get("/repo/assets/lectern.css").status());
        Response missing = get("/repo/papers/nothing-here/index.html");
        assertEquals(404, missing.status());
        assertTrue(missing.body().contains("Page not found"), "the site's own 404 page");
    }

    @Test
    void pathsThatLeaveTheOutputFolderAreRefused() throws IOException {
        for (String path : new String[] {"/../secret.txt", "/../../secret.txt", "/%2e%2e/secret.txt",
                "/%2E%2E/%2e%2e/secret.txt", "/assets/..%2f..%2fsecret.txt", "/assets/%2e%2e/%2e%2e/secret.txt",
                "/..%5csecret.txt", "/assets/../../secret.txt", "/./index.html", "/index.html%00.css"}) {
            Response response = get(path);
            assertTrue(response.status() == 400 || response.status() == 403 || response.status() == 404,
                    path + " gave " + response.status());
            assertFalse(response.body().contains("not part of the site"), path);
        }
    }

    @Test
    void aSymlinkThatLeadsOutOfTheOutputFolderIsRefused() throws IOException {
        Files.createSymbolicLink(out.resolve("leak.txt"), temp.resolve("secret.txt"));
        Files.createSymbolicLink(out.resolve("leaks"), temp);
        assertEquals(403, get("/leak.txt").status());
        assertEquals(403, get("/leaks/secret.txt").status());
    }

    @Test
    void lecternsOwnStateIsNotServedAndOnlyGetAndHeadAreAllowed() throws IOException {
        assertEquals(404, get("/.lectern/manifest.txt").status());
        assertEquals(405, request("POST", "/index.html").status());
        Response head = request("HEAD", "/index.html");
        assertEquals(200, head.status());
        assertEquals("", head.body());
    }

    @Test
    void aChangedSourceRebuildsAndTellsOpenPagesToReload() throws Exception {
        int before = preview.server().version();
        Files.writeString(site.resolve("site.yml"), "title: Renamed preview\nbase-url: https://u.github.io/repo/\n");
        waitFor(() -> preview.server().version() > before, "a rebuild after site.yml changed");
        waitFor(() -> get("/").body().contains("Renamed preview"), "the new title served");
        Response status = get("/__lectern/status");
        assertTrue(status.body().contains("\"errors\":[]"), status.body());
        assertTrue(status.body().contains("\"version\":" + preview.server().version()), status.body());
    }

    @Test
    void aBuildErrorIsShownToOpenPagesWhileTheLastGoodSiteStaysServed() throws Exception {
        int before = preview.server().version();
        Files.writeString(site.resolve("site.yml"), "title: Broken\nbogus-key: 1\n");
        waitFor(() -> preview.server().version() > before, "a rebuild after site.yml changed");
        Response status = get("/__lectern/status");
        assertTrue(status.body().contains("unknown key 'bogus-key'"), status.body());
        assertTrue(get("/").body().contains("Preview test"), "the last good build stays served");
        Files.writeString(site.resolve("site.yml"), "title: Fixed\n");
        waitFor(() -> get("/__lectern/status").body().contains("\"errors\":[]"), "the errors cleared");
        waitFor(() -> get("/").body().contains("Fixed"), "the fixed site served");
    }

    @Test
    void aSiteThatDoesNotBuildYetGetsAPageThatSaysWhyAndReloadsOnceItBuilds() throws Exception {
        Path broken = temp.resolve("broken");
        Files.createDirectories(broken.resolve("seeds"));
        Files.writeString(broken.resolve("seeds/a.txt"), "1 papers on arXiv\nA first abstract about student models...\n");
        Files.writeString(broken.resolve("site.yml"), "title: Broken\ntitel: typo\n");
        preview.close();
        preview = Preview.start(broken, broken.resolve("_site"), 0, new PrintWriter(log, true), true);
        Response home = get("/");
        assertEquals(503, home.status());
        assertTrue(home.body().contains("/__lectern/live.js"), "it reloads by itself");
        assertTrue(get("/__lectern/status").body().contains("unknown key 'titel'"));
        Files.writeString(broken.resolve("site.yml"), "title: Fixed\n");
        waitFor(() -> get("/").status() == 200, "the site served once it builds");
    }

    @Test
    void aNewListingInSeedsIsPickedUp() throws Exception {
        Files.writeString(site.resolve("seeds/more.txt"), """
                1 papers on arXiv
                A verifier scores candidate solutions so that a reward model can rank the samples of a policy...
                """);
        waitFor(() -> get("/listings/more/index.html").status() == 200, "the new listing's page");
    }

    interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(Check check, String what) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (check.holds()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for " + what);
    }
}
