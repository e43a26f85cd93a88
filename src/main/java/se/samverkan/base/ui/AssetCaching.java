package se.samverkan.base.ui;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import com.vaadin.flow.server.StaticFileHandlerFactory;
import com.vaadin.flow.server.StaticFileServer;

/**
 * How long browsers keep our static files (the rest of the caching rules are Vaadin's and Spring Security's:
 * stylesheets with a content-hash parameter are immutable, other static files are kept for an hour and then
 * revalidated, pages and UI messages are never stored).
 * <ul>
 * <li>The production bundle under {@code /VAADIN/build/} has a content hash in every file name, so browsers may keep
 * it for a year without asking again (Vaadin says one hour). A new build has new names.</li>
 * <li>The icons Vaadin makes for the installable app ({@code /icons/icon-NxN.png}, also the favicon) are sent by
 * Vaadin with "no-cache" because its default service worker keeps them; ours does not, so browsers keep them for a
 * day instead of fetching the favicon on every page.</li>
 * </ul>
 */
@Configuration
class AssetCaching {

    static final String HASHED_BUNDLE = "/VAADIN/build/";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String ONE_DAY = "public, max-age=86400";

    /** Vaadin looks this factory up as a Spring bean and uses it instead of its default one. */
    @Bean
    StaticFileHandlerFactory hashedBundleCaching() {
        return service -> {
            boolean production = service.getDeploymentConfiguration().isProductionMode();
            return new StaticFileServer(service) {
                @Override
                protected void writeCacheHeaders(String filenameWithPath, HttpServletRequest request,
                        HttpServletResponse response) {
                    if (production && filenameWithPath.startsWith(HASHED_BUNDLE)) {
                        response.setHeader("Cache-Control", IMMUTABLE);
                    } else {
                        super.writeCacheHeaders(filenameWithPath, request, response);
                    }
                }
            };
        };
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> appIconCaching() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        chain.doFilter(request, new CacheControlOverride(response, ONE_DAY));
                    }

                    @Override
                    protected boolean shouldNotFilter(HttpServletRequest request) {
                        return !request.getRequestURI().matches(".*/icons/icon-\\d+x\\d+\\.png");
                    }
                });
        registration.addUrlPatterns("/icons/*");
        return registration;
    }

    /** Replaces whatever Cache-Control the servlet sets with a fixed value. */
    private static final class CacheControlOverride extends HttpServletResponseWrapper {

        private final String cacheControl;

        CacheControlOverride(HttpServletResponse response, String cacheControl) {
            super(response);
            this.cacheControl = cacheControl;
            response.setHeader("Cache-Control", cacheControl);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Cache-Control".equalsIgnoreCase(name) ? cacheControl : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Cache-Control".equalsIgnoreCase(name)) {
                super.setHeader(name, cacheControl);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
