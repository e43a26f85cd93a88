package se.samverkan.consultation;

import java.util.List;

/** One remark of an answer, where it came from, its tags, its handling and what takes it up. */
public record RemarkDetails(long id, long answerId, long roundId, String roundTitle, long organisationId,
        String organisationName, int position, String text, List<TagRef> tags, Handling handling,
        String handlingComment, List<LinkRef> links, int version, boolean editable) {

    RemarkDetails with(List<LinkRef> visibleLinks, boolean canEdit) {
        return new RemarkDetails(id, answerId, roundId, roundTitle, organisationId, organisationName, position, text,
                tags, handling, handlingComment, visibleLinks, version, canEdit);
    }
}
