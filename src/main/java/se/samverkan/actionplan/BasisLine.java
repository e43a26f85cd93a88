package se.samverkan.actionplan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samverkan.base.validation.FreeText;

/**
 * Existing work an item builds on: an initiative or an ILS reference named in words, a citizen promise (an agreement
 * of that kind) or another action item.
 */
public class BasisLine {

    @NotNull
    private BasisKind kind;
    @Size(max = 250)
    @FreeText
    private String reference;
    private Long linkedActionItemId;
    private Long linkedAgreementId;

    public BasisLine() {
    }

    public BasisLine(BasisKind kind, String reference, Long linkedActionItemId, Long linkedAgreementId) {
        this.kind = kind;
        this.reference = reference;
        this.linkedActionItemId = linkedActionItemId;
        this.linkedAgreementId = linkedAgreementId;
    }

    public BasisKind getKind() {
        return kind;
    }

    public void setKind(BasisKind kind) {
        this.kind = kind;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public Long getLinkedActionItemId() {
        return linkedActionItemId;
    }

    public void setLinkedActionItemId(Long linkedActionItemId) {
        this.linkedActionItemId = linkedActionItemId;
    }

    public Long getLinkedAgreementId() {
        return linkedAgreementId;
    }

    public void setLinkedAgreementId(Long linkedAgreementId) {
        this.linkedAgreementId = linkedAgreementId;
    }
}
