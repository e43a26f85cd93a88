package se.samverkan.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * Where a long job shows how it goes: a progress bar (determinate when the total is known) and a message that screen
 * readers announce (a polite live region), then the result (a download link).
 */
class JobStatus extends Div {

    private final ProgressBar bar = new ProgressBar();
    private final Paragraph message = new Paragraph();
    private final Div result = new Div();
    private int total;

    JobStatus() {
        addClassName("job-status");
        message.getElement().setAttribute("role", "status");
        message.getElement().setAttribute("aria-live", "polite");
        bar.setVisible(false);
        add(bar, message, result);
    }

    void working(String text, int expectedTotal) {
        total = expectedTotal;
        result.removeAll();
        bar.setVisible(true);
        bar.setIndeterminate(total <= 0);
        bar.setMin(0);
        bar.setMax(Math.max(1, total));
        bar.setValue(0);
        bar.getElement().setAttribute("aria-label", text);
        message.setText(text);
    }

    void progress(int done, String text) {
        if (total > 0) {
            bar.setValue(Math.min(done, total));
        }
        message.setText(text);
    }

    void done(String text, Component... shown) {
        bar.setVisible(false);
        message.setText(text);
        result.removeAll();
        result.add(shown);
    }

    void failed(String text) {
        bar.setVisible(false);
        message.setText(text);
        result.removeAll();
    }
}
