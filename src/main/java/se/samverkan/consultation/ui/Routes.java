package se.samverkan.consultation.ui;

import com.vaadin.flow.component.html.Anchor;

/** Addresses of this feature's pages and of the pages it links to in other features (by path, not by view class). */
final class Routes {

    private Routes() {
    }

    static String round(long id) {
        return "consultations/" + id;
    }

    static String compilation(long roundId) {
        return "consultations/" + roundId + "/compilation";
    }

    static String answer(long id) {
        return "consultation-answers/" + id;
    }

    static String editAnswer(long id) {
        return "consultation-answers/" + id + "/edit";
    }

    static String newAnswer(long roundId, long organisationId) {
        return "consultations/" + roundId + "/bodies/" + organisationId + "/answer";
    }

    static String remark(long id) {
        return "consultation-remarks/" + id;
    }

    static String agreement(long id) {
        return "agreements/" + id;
    }

    static String area(long id) {
        return "areas/" + id;
    }

    static String actionItem(long id) {
        return "action-items/" + id;
    }

    /** A link the router follows without reloading the page. */
    static Anchor link(String route, String text) {
        Anchor link = new Anchor(route, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
