package org.safkg.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * /login asks the browser for the researcher's login (HTTP Basic, the same users as the services)
 * and, once the researchers' service accepts it, goes back home. The browser then sends the login
 * with every request to this server, and the pages read through the researchers' service.
 */
final class LoginServlet extends HttpServlet {
    private final WebSettings settings;

    LoginServlet(WebSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        if (SparqlGateway.forRequest(req, settings).checkLogin()) {
            res.setStatus(HttpServletResponse.SC_SEE_OTHER);
            res.setHeader("Location", req.getContextPath() + "/");
            return;
        }
        res.setHeader("WWW-Authenticate", "Basic realm=\"SAF-KG researchers\", charset=\"UTF-8\"");
        res.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        res.setContentType("text/plain;charset=utf-8");
        res.getWriter().write("Log in with a researcher's user name and password (run/passwd on the server).\n");
    }
}
