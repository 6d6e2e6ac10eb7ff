package org.safkg.web;

import java.util.List;

/** The model of a competency question's page: its form, and its answer when the form is complete. */
public record QuestionPage(boolean researcher, String name, String question, String answerNote, List<Field> fields,
        boolean answered, List<String> columns, List<List<Value>> rows, List<Link> downloads, String editorHref, String problem) {

    /** One parameter of the form: free text, or a choice among values drawn from the graph. */
    public record Field(String name, String description, boolean required, String value, List<Choice> choices) {
        public boolean isChoice() {
            return !choices.isEmpty();
        }
    }

    /** One option of a choice. */
    public record Choice(String value, String label, boolean selected) {}
}
