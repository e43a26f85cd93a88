package se.samverkan.actionplan;

/** What the signed-in user may do with one item; the UI shows only the buttons for these. */
public record ItemPermissions(boolean edit, boolean report, boolean delete) {

    public static final ItemPermissions NONE = new ItemPermissions(false, false, false);
}
