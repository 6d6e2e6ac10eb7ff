package org.safkg.web;

import java.io.IOException;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * /login asks the browser for the researcher's login (HTTP Basic, the same users as the services)
 * and, once the researchers' service accepts it, goes back home; the pages then read through the
 * researchers' service. /logout forgets that this browser has a login (see {@link LoginRenewalFilter}).
 */
final class LoginServlet extends HttpServlet {
    private final WebSettings settings;

    LoginServlet(WebSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        boolean logout = req.getServletPath().equals("/logout");
        if (!logout && SparqlGateway.forRequest(req, settings).checkLogin()) {
            res.addCookie(cookie(req, 60 * 60 * 12));
            res.setStatus(HttpServletResponse.SC_SEE_OTHER);
            res.setHeader("Location", req.getContextPath() + "/");
            return;
        }
        if (logout) {
            res.addCookie(cookie(req, 0));
            res.setStatus(HttpServletResponse.SC_SEE_OTHER);
            res.setHeader("Location", req.getContextPath() + "/");
            return;
        }
        LoginRenewalFilter.challenge(res);
    }

    private static Cookie cookie(HttpServletRequest req, int maxAge) {
        Cookie c = new Cookie(LoginRenewalFilter.COOKIE, maxAge == 0 ? "" : "1");
        c.setPath(req.getContextPath() + "/");
        c.setHttpOnly(true);
        c.setMaxAge(maxAge);
        c.setAttribute("SameSite", "Strict");
        return c;
    }
}
