package org.safkg.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Text search of the excerpts for logged-in researchers (placeholder until the search page lands). */
final class SearchServlet extends HttpServlet {
    private final WebSettings settings;

    SearchServlet(WebSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        SparqlGateway gateway = SparqlGateway.forRequest(req, settings);
        gateway.checkLogin();
        Pages.render(res, HttpServletResponse.SC_NOT_FOUND, "not-found.jte", new NotFoundPage(gateway.researcher(), "search", "(the search page is not built yet)"));
    }
}
