package se.samverkan.consultation;

import java.util.List;

/**
 * A round compiled: its bodies and whether each answered, and every remark grouped by tag (a remark with several tags
 * is in each of their groups; one without tags in a last group whose tag is null), each with its handling.
 */
public record Compilation(RoundDetails round, List<TagGroup> groups, int remarkCount) {

    public record TagGroup(TagRef tag, List<RemarkDetails> remarks) {
    }
}
