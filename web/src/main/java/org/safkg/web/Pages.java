package org.safkg.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** Renders the precompiled jte templates (src/main/jte, compiled to Java at build time) into responses. */
final class Pages {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Pages() {}

    /** Renders a template whose single parameter is the model, with the given status. */
    static void render(HttpServletResponse res, int status, String template, Object model) throws IOException {
        StringOutput out = new StringOutput();
        ENGINE.render(template, model, out);
        res.setStatus(status);
        res.setContentType("text/html;charset=utf-8");
        res.setHeader("Vary", "Accept, Authorization");
        res.getWriter().write(out.toString());
    }

    /** A refusal as one plain-text line (no error page, no stack trace). */
    static void refuse(HttpServletResponse res, int status, String reason) throws IOException {
        res.setStatus(status);
        res.setContentType("text/plain;charset=utf-8");
        res.getWriter().write(reason + "\n");
    }

    static void render(HttpServletResponse res, String template, Object model) throws IOException {
        render(res, HttpServletResponse.SC_OK, template, model);
    }
}
