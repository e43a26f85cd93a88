package se.samverkan.actionplan;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samverkan.base.validation.FreeText;
import se.samverkan.organisation.Agency;

/** Resources one agency puts into an item from one kind of funding: hours, full-time equivalents, kronor. */
public class ResourceLine {

    @NotNull
    private Agency agency;
    @NotNull
    private Funding funding;
    @DecimalMin("0")
    @DecimalMax("1000000")
    @Digits(integer = 9, fraction = 1)
    private BigDecimal hours;
    @DecimalMin("0")
    @DecimalMax("10000")
    @Digits(integer = 4, fraction = 2)
    private BigDecimal fte;
    @DecimalMin("0")
    @DecimalMax("100000000000")
    @Digits(integer = 12, fraction = 0)
    private BigDecimal amountSek;
    @Size(max = 500)
    @FreeText
    private String comment;

    public ResourceLine() {
    }

    public ResourceLine(Agency agency, Funding funding, BigDecimal hours, BigDecimal fte, BigDecimal amountSek,
            String comment) {
        this.agency = agency;
        this.funding = funding;
        this.hours = hours;
        this.fte = fte;
        this.amountSek = amountSek;
        this.comment = comment;
    }

    public Agency getAgency() {
        return agency;
    }

    public void setAgency(Agency agency) {
        this.agency = agency;
    }

    public Funding getFunding() {
        return funding;
    }

    public void setFunding(Funding funding) {
        this.funding = funding;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public BigDecimal getFte() {
        return fte;
    }

    public void setFte(BigDecimal fte) {
        this.fte = fte;
    }

    public BigDecimal getAmountSek() {
        return amountSek;
    }

    public void setAmountSek(BigDecimal amountSek) {
        this.amountSek = amountSek;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    boolean isEmpty() {
        return hours == null && fte == null && amountSek == null;
    }
}
