package se.samverkan.base.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;

/**
 * A page about one thing found by the id in its URL: loads it, shows a translated "not found" when it does not
 * exist, and names the browser tab after it.
 */
public abstract class DetailView<T> extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private String title = "";
    private Long id;

    protected DetailView() {
        addClassName("page");
    }

    protected abstract Optional<T> load(long id);

    /** Message key of the text shown when nothing has the id. */
    protected abstract String notFoundKey();

    protected abstract String title(T item);

    /** Fills the page; it has been emptied before. */
    protected abstract void render(T item);

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.id = id;
        T item = load(id).orElse(null);
        if (item == null) {
            event.rerouteToError(NotFoundException.class, getTranslation(notFoundKey()));
            return;
        }
        show(item);
    }

    /** Loads the thing again and shows it as it is now, e.g. after a change made on the page. */
    protected void refresh() {
        if (id != null) {
            load(id).ifPresent(this::show);
        }
    }

    private void show(T item) {
        title = title(item);
        removeAll();
        render(item);
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
