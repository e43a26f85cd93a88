package se.samverkan.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.WebIntegrationTest;

/**
 * What a browser gets over HTTP, without signing in: compressed text, a year's caching for the hashed bundle, the
 * installable app's manifest, icons, service worker and offline page. Runs against the production bundle (the ITs run
 * after the frontend build).
 */
@WebIntegrationTest
class StaticAssetsIT {

    private static final Pattern BUNDLE_SCRIPT = Pattern.compile("src=\"\\.?/?(VAADIN/build/indexhtml-[^\"]+\\.js)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String bundleScript() throws Exception {
        String page = new String(get("/login").body(), StandardCharsets.UTF_8);
        Matcher script = BUNDLE_SCRIPT.matcher(page);
        assertThat(script.find()).as("the login page loads the production bundle").isTrue();
        return "/" + script.group(1);
    }

    @Test
    void pagesAreCompressedAndNeverStored() throws Exception {
        HttpResponse<byte[]> login = get("/login", "Accept-Encoding", "gzip");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(header(login, "Content-Encoding")).isEqualTo("gzip");
        assertThat(gunzip(login.body())).contains("<html");
        assertThat(header(login, "Cache-Control")).contains("no-store");

        HttpResponse<byte[]> plain = get("/login");
        assertThat(header(plain, "Content-Encoding")).as("only for browsers that ask for it").isEmpty();
    }

    @Test
    void theHashedBundleIsPrecompressedAndImmutable() throws Exception {
        String script = bundleScript();

        HttpResponse<byte[]> brotli = get(script, "Accept-Encoding", "gzip, deflate, br");
        assertThat(brotli.statusCode()).isEqualTo(200);
        assertThat(header(brotli, "Content-Encoding")).isEqualTo("br");
        assertThat(header(brotli, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");

        HttpResponse<byte[]> gzip = get(script, "Accept-Encoding", "gzip");
        assertThat(header(gzip, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(gzip, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(gunzip(gzip.body())).isEqualTo(new String(get(script).body(), StandardCharsets.UTF_8));
        assertThat(gzip.body().length).isLessThan(get(script).body().length / 2);
    }

    @Test
    void stylesheetsAreCompressedAndCachedByVersion() throws Exception {
        // the page asks for them with a content hash, which makes them immutable
        HttpResponse<byte[]> hashed = get("/lumo/lumo.css?v-c=0123abcd", "Accept-Encoding", "gzip");
        assertThat(hashed.statusCode()).isEqualTo(200);
        assertThat(header(hashed, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(hashed, "Cache-Control")).isEqualTo("max-age=31536000, immutable");

        // without one: an hour, then the browser asks again and gets "not modified"
        HttpResponse<byte[]> own = get("/styles/samverkan.css", "Accept-Encoding", "gzip");
        assertThat(header(own, "Cache-Control")).isEqualTo("max-age=3600");
        String lastModified = header(own, "Last-Modified");
        assertThat(lastModified).isNotEmpty();
        assertThat(get("/styles/samverkan.css", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
    }

    @Test
    void theManifestDescribesAnInstallableApp() throws Exception {
        HttpResponse<byte[]> response = get("/manifest.webmanifest");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).startsWith("application/manifest+json");

        JsonNode manifest = JsonMapper.builder().build().readTree(response.body());
        assertThat(manifest.path("name").asString()).isEqualTo("Samverkan");
        assertThat(manifest.path("short_name").asString()).isEqualTo("Samverkan");
        assertThat(manifest.path("description").asString())
                .isEqualTo(TranslationProvider.bundle(TranslationProvider.SWEDISH).getString("login.tagline"));
        assertThat(manifest.path("display").asString()).isEqualTo("standalone");
        assertThat(manifest.path("start_url").asString()).isNotEmpty();
        assertThat(manifest.path("theme_color").asString()).isEqualTo("#0b3d91");
        assertThat(manifest.path("background_color").asString()).isEqualTo("#ffffff");

        // Chromium installs an app with a 192 and a 512 pixel icon; every icon must be there, in its size
        assertThat(manifest.path("icons").valueStream().map(icon -> icon.path("sizes").asString()))
                .contains("192x192", "512x512");
        for (JsonNode icon : manifest.path("icons")) {
            HttpResponse<byte[]> png = get("/" + icon.path("src").asString());
            assertThat(png.statusCode()).as(icon.toString()).isEqualTo(200);
            assertThat(header(png, "Content-Type")).isEqualTo("image/png");
            assertThat(pngSize(png.body())).as(icon.toString()).isEqualTo(icon.path("sizes").asString());
            assertThat(header(png, "Cache-Control")).isEqualTo("public, max-age=86400");
        }
    }

    @Test
    void theInstallableAppsFilesOpenWithoutSigningIn() throws Exception {
        HttpResponse<byte[]> worker = get("/sw.js");
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(header(worker, "Content-Type")).contains("javascript");
        // ours (frontend/sw.ts), not Vaadin's default one, which would precache the whole bundle on the first visit
        String workerSource = new String(worker.body(), StandardCharsets.UTF_8);
        assertThat(workerSource).contains("sw-runtime-resources-precache.js").doesNotContain("VAADIN/build/");

        assertThat(get("/sw-runtime-resources-precache.js").statusCode()).isEqualTo(200);

        HttpResponse<byte[]> offline = get("/offline.html");
        assertThat(offline.statusCode()).isEqualTo(200);
        assertThat(header(offline, "Content-Type")).startsWith("text/html");
        assertThat(new String(offline.body(), StandardCharsets.UTF_8)).contains("Ingen anslutning", "No connection");

        HttpResponse<byte[]> favicon = get("/favicon.ico");
        assertThat(favicon.statusCode()).isEqualTo(200);
        assertThat(header(favicon, "Content-Type")).isEqualTo("image/x-icon");

        HttpResponse<byte[]> icons = get("/icons/ui.svg", "Accept-Encoding", "gzip");
        assertThat(icons.statusCode()).isEqualTo(200);
        assertThat(header(icons, "Content-Encoding")).isEqualTo("gzip");
        assertThat(gunzip(icons.body())).contains("<symbol id=\"search\"");
    }

    /** Width x height from a PNG's IHDR chunk. */
    private static String pngSize(byte[] png) {
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
        return header.getInt() + "x" + header.getInt();
    }
}
