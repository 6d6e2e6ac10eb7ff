package org.safkg.web;

import java.util.List;

/** The model of the list of competency questions. */
public record QuestionListPage(boolean researcher, List<Item> questions) {
    /** One question, with the names of its parameters. */
    public record Item(String name, String question, String parameters) {}
}
