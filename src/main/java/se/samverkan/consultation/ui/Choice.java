package se.samverkan.consultation.ui;

/** Something to pick by its label; two choices are the same when their ids are (labels may be spelt differently). */
record Choice(long id, String label) {

    @Override
    public boolean equals(Object other) {
        return other instanceof Choice choice && choice.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
