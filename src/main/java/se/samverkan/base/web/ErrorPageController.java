package se.samverkan.base.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import se.samverkan.base.ui.TranslationProvider;

/**
 * The page for requests that never reach a view: malformed addresses and requests the security filters refuse (path
 * traversal, encoded slashes, bad methods) and failures outside the UI. A short page in the browser's language
 * (Swedish unless it prefers English) with the status and a way back; never a stack trace or an exception message. A
 * refused resource reads as not found, so the status tells nothing about what exists.
 */
@Controller
class ErrorPageController implements ErrorController {

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> error(HttpServletRequest request) {
        HttpStatus status = status(request);
        Locale locale = TranslationProvider.supported(request.getLocale());
        ResourceBundle texts = TranslationProvider.bundle(locale);
        String kind = status == HttpStatus.NOT_FOUND ? "notFound" : status.is4xxClientError() ? "badRequest" : "failure";
        String heading = HtmlUtils.htmlEscape(texts.getString(String.join(".", "error", "page", kind, "heading")));
        String html = """
                <!doctype html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s – %s</title>
                <link rel="stylesheet" href="%s/styles/error.css">
                </head>
                <body>
                <main class="error-page">
                <h1>%s</h1>
                <p>%s</p>
                <p><a href="%s/">%s</a></p>
                </main>
                </body>
                </html>
                """.formatted(locale.getLanguage(), heading, HtmlUtils.htmlEscape(texts.getString("app.name")),
                request.getContextPath(), heading,
                HtmlUtils.htmlEscape(texts.getString(String.join(".", "error", "page", kind, "text"))),
                request.getContextPath(),
                HtmlUtils.htmlEscape(texts.getString("error.back")));
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
    }

    /**
     * Forbidden reads as not found; anything unknown as a failure. 401 stays 401: only the metrics endpoint answers it
     * (HTTP Basic, with its challenge), and a scraper must be able to tell wrong credentials from a wrong address.
     */
    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null) {
            return HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return status == HttpStatus.FORBIDDEN ? HttpStatus.NOT_FOUND : status;
    }
}
