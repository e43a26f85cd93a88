package se.samverkan.consultation;

/**
 * What takes a remark up: an agreement, an area ({@code label} "3. Skolan som brottsplats") or an action item, with the
 * agreement it belongs to (links into agreements the reader does not read are not shown).
 */
public record LinkRef(LinkTarget target, long id, String label, long agreementId) {
}
