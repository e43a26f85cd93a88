package se.samverkan.actionplan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.samverkan.organisation.Agency;

/**
 * What the action item list is narrowed to; every part is optional. {@code organisationId} matches items it (or an
 * organisation below it) leads or co-owns, unless a {@code role} asks for exactly that organisation as lead, co-owner
 * or either. {@code agency} matches items led by an organisation of the agency (with a role: co-owned, or either).
 * {@code dueFrom}/{@code dueTo} bound the due date; {@code dueWithinDays} keeps items due from today up to so many
 * days ahead (today from the service's clock); {@code overdueOnly} keeps open items past their due date.
 * <p>
 * The rest narrows the list the way the dashboard counts, so that each of its charts can link to exactly the items
 * it counted: {@code activeFrom}/{@code activeTo} keep items that run during the period (started by its end, and not
 * due before its start unless still open); {@code resourceAgency}/{@code funding} keep items with resources of that
 * agency and funding; {@code reportedIn} items with a progress report in that month; {@code noReportSince} open items
 * that have started, without a report on or after that day; {@code contributesTo} items in that (city-wide) area or in a local area
 * linked to it; {@code partyId} items of agreements that organisation is a party to.
 * <p>
 * The filter travels in the list's URL: {@link #toParameters()} and {@link #fromParameters(Map)}.
 */
public record ItemFilter(Long agreementId, Long areaId, Long organisationId, Set<ActionItemStatus> statuses,
        Set<TrafficLight> trafficLights, Long targetGroupId, LocalDate dueFrom, LocalDate dueTo,
        Integer dueWithinDays, boolean overdueOnly, String text, OrganisationRole role, Agency agency,
        LocalDate activeFrom, LocalDate activeTo, Agency resourceAgency, Funding funding, YearMonth reportedIn,
        LocalDate noReportSince, Long contributesTo, Long partyId) {

    /** Which tie to an organisation (or agency) counts; exactly that organisation, not those below it. */
    public enum OrganisationRole {
        LEAD, CO_OWNER, EITHER
    }

    public ItemFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        trafficLights = trafficLights == null ? Set.of() : Set.copyOf(trafficLights);
        text = text == null || text.isBlank() ? null : text;
    }

    public ItemFilter(Long agreementId, Long areaId, Long organisationId, Set<ActionItemStatus> statuses,
            Set<TrafficLight> trafficLights, Long targetGroupId, LocalDate dueFrom, LocalDate dueTo,
            Integer dueWithinDays, boolean overdueOnly, String text) {
        this(agreementId, areaId, organisationId, statuses, trafficLights, targetGroupId, dueFrom, dueTo, dueWithinDays,
                overdueOnly, text, null, null, null, null, null, null, null, null, null, null);
    }

    public static ItemFilter none() {
        return new ItemFilter(null, null, null, Set.of(), Set.of(), null, null, null, null, false, null);
    }

    public ItemFilter withAgreement(Long id) {
        return new ItemFilter(id, areaId, organisationId, statuses, trafficLights, targetGroupId, dueFrom, dueTo,
                dueWithinDays, overdueOnly, text, role, agency, activeFrom, activeTo, resourceAgency, funding,
                reportedIn, noReportSince, contributesTo, partyId);
    }

    public ItemFilter withArea(Long id) {
        return new ItemFilter(agreementId, id, organisationId, statuses, trafficLights, targetGroupId, dueFrom, dueTo,
                dueWithinDays, overdueOnly, text, role, agency, activeFrom, activeTo, resourceAgency, funding,
                reportedIn, noReportSince, contributesTo, partyId);
    }

    public ItemFilter withStatuses(Set<ActionItemStatus> values) {
        return new ItemFilter(agreementId, areaId, organisationId, values, trafficLights, targetGroupId, dueFrom,
                dueTo, dueWithinDays, overdueOnly, text, role, agency, activeFrom, activeTo, resourceAgency, funding,
                reportedIn, noReportSince, contributesTo, partyId);
    }

    public ItemFilter withTrafficLights(Set<TrafficLight> values) {
        return new ItemFilter(agreementId, areaId, organisationId, statuses, values, targetGroupId, dueFrom, dueTo,
                dueWithinDays, overdueOnly, text, role, agency, activeFrom, activeTo, resourceAgency, funding,
                reportedIn, noReportSince, contributesTo, partyId);
    }

    public ItemFilter withOverdueOnly(boolean value) {
        return new ItemFilter(agreementId, areaId, organisationId, statuses, trafficLights, targetGroupId, dueFrom,
                dueTo, dueWithinDays, value, text, role, agency, activeFrom, activeTo, resourceAgency, funding,
                reportedIn, noReportSince, contributesTo, partyId);
    }

    /** Exactly this organisation in this role (a null role: the organisation or one below it, lead or co-owner). */
    public ItemFilter withOrganisation(Long id, OrganisationRole tie) {
        return new ItemFilter(agreementId, areaId, id, statuses, trafficLights, targetGroupId, dueFrom, dueTo,
                dueWithinDays, overdueOnly, text, tie, agency, activeFrom, activeTo, resourceAgency, funding,
                reportedIn, noReportSince, contributesTo, partyId);
    }

    public ItemFilter withAgency(Agency value, OrganisationRole tie) {
        return new ItemFilter(agreementId, areaId, organisationId, statuses, trafficLights, targetGroupId, dueFrom,
                dueTo, dueWithinDays, overdueOnly, text, tie, value, activeFrom, activeTo, resourceAgency, funding,
                reportedIn, noReportSince, contributesTo, partyId);
    }

    public ItemFilter withDueRange(LocalDate from, LocalDate to) {
        return new ItemFilter(agreementId, areaId, organisationId, statuses, trafficLights, targetGroupId, from, to,
                dueWithinDays, overdueOnly, text, role, agency, activeFrom, activeTo, resourceAgency, funding,
                reportedIn, noReportSince, contributesTo, partyId);
    }

    public ItemFilter withActivePeriod(LocalDate from, LocalDate to) {
        return new ItemFilter(agreementId, areaId, organisationId, statuses, trafficLights, targetGroupId, dueFrom,
                dueTo, dueWithinDays, overdueOnly, text, role, agency, from, to, resourceAgency, funding, reportedIn,
                noReportSince, contributesTo, partyId);
    }

    public ItemFilter withResources(Agency byAgency, Funding byFunding) {
        return new ItemFilter(agreementId, areaId, organisationId, statuses, trafficLights, targetGroupId, dueFrom,
                dueTo, dueWithinDays, overdueOnly, text, role, agency, activeFrom, activeTo, byAgency, byFunding,
                reportedIn, noReportSince, contributesTo, partyId);
    }

    public ItemFilter withReportedIn(YearMonth month) {
        return new ItemFilter(agreementId, areaId, organisationId, statuses, trafficLights, targetGroupId, dueFrom,
                dueTo, dueWithinDays, overdueOnly, text, role, agency, activeFrom, activeTo, resourceAgency, funding,
                month, noReportSince, contributesTo, partyId);
    }

    public ItemFilter withNoReportSince(LocalDate day) {
        return new ItemFilter(agreementId, areaId, organisationId, statuses, trafficLights, targetGroupId, dueFrom,
                dueTo, dueWithinDays, overdueOnly, text, role, agency, activeFrom, activeTo, resourceAgency, funding,
                reportedIn, day, contributesTo, partyId);
    }

    public ItemFilter withCoverage(Long cityAreaId, Long party) {
        return new ItemFilter(agreementId, areaId, organisationId, statuses, trafficLights, targetGroupId, dueFrom,
                dueTo, dueWithinDays, overdueOnly, text, role, agency, activeFrom, activeTo, resourceAgency, funding,
                reportedIn, noReportSince, cityAreaId, party);
    }

    /** The parts the list has no field for; they show as removable notes above it. */
    public ItemFilter extras() {
        return new ItemFilter(null, null, null, Set.of(), Set.of(), null, dueFrom, dueTo, null, false, null, role,
                agency, activeFrom, activeTo, resourceAgency, funding, reportedIn, noReportSince, contributesTo,
                partyId);
    }

    /** The filter's fields from the list's own pickers, with the extras of another filter. */
    public ItemFilter withExtrasOf(ItemFilter other) {
        return new ItemFilter(agreementId, areaId, organisationId, statuses, trafficLights, targetGroupId,
                other.dueFrom, other.dueTo, dueWithinDays, overdueOnly, text, other.role, other.agency,
                other.activeFrom, other.activeTo, other.resourceAgency, other.funding, other.reportedIn,
                other.noReportSince, other.contributesTo, other.partyId);
    }

    // --- in the URL ----------------------------------------------------------------------------------------------

    /** Due windows of the list's picker: {@code due=overdue}, {@code due=days_14}, ... */
    private static final Map<String, Integer> DUE_WINDOWS = Map.of("days_14", 14, "days_30", 30, "days_90", 90);

    /** The URL parameters of the list ({@code action-items?agreement=1&status=ONGOING,PLANNED&due=overdue}). */
    public Map<String, String> toParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "agreement", agreementId);
        put(p, "area", areaId);
        put(p, "organisation", organisationId);
        put(p, "role", role == null ? null : role.name().toLowerCase());
        put(p, "agency", agency);
        put(p, "status", statuses.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        put(p, "light", trafficLights.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        put(p, "group", targetGroupId);
        put(p, "due", overdueOnly ? "overdue" : dueWithinDays == null ? null : "days_" + dueWithinDays);
        put(p, "duefrom", dueFrom);
        put(p, "dueto", dueTo);
        put(p, "from", activeFrom);
        put(p, "to", activeTo);
        if (resourceAgency != null || funding != null) {
            p.put("resource", (resourceAgency == null ? "" : resourceAgency.name()) + "-"
                    + (funding == null ? "" : funding.name()));
        }
        put(p, "reported", reportedIn);
        put(p, "noreport", noReportSince);
        put(p, "contributes", contributesTo);
        put(p, "party", partyId);
        put(p, "q", text);
        return p;
    }

    /** The list's URL query ({@code agreement=1&status=ONGOING,PLANNED}), with values encoded (commas kept). */
    public String toQueryString() {
        return toParameters().entrySet().stream()
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(),
                        java.nio.charset.StandardCharsets.UTF_8).replace("%2C", ","))
                .collect(Collectors.joining("&"));
    }

    private static void put(Map<String, String> p, String key, Object value) {
        if (value != null && !value.toString().isBlank()) {
            p.put(key, value.toString());
        }
    }

    /** Reads the URL parameters; values that do not parse are ignored rather than refused. */
    public static ItemFilter fromParameters(Map<String, String> q) {
        String due = q.get("due");
        String[] resource = q.getOrDefault("resource", "-").split("-", -1);
        return new ItemFilter(number(q.get("agreement")), number(q.get("area")), number(q.get("organisation")),
                enums(q.get("status"), ActionItemStatus.class), enums(q.get("light"), TrafficLight.class),
                number(q.get("group")), date(q.get("duefrom")), date(q.get("dueto")),
                due == null ? null : DUE_WINDOWS.get(due.toLowerCase()), "overdue".equalsIgnoreCase(due), q.get("q"),
                one(q.get("role"), OrganisationRole.class), one(q.get("agency"), Agency.class),
                date(q.get("from")), date(q.get("to")), one(resource[0], Agency.class),
                resource.length > 1 ? one(resource[1], Funding.class) : null,
                parse(q.get("reported"), YearMonth::parse), date(q.get("noreport")), number(q.get("contributes")),
                number(q.get("party")));
    }

    private static Long number(String value) {
        return parse(value, Long::parseLong);
    }

    private static LocalDate date(String value) {
        return parse(value, LocalDate::parse);
    }

    private static <T> T parse(String value, Function<String, T> parser) {
        try {
            return value == null || value.isBlank() ? null : parser.apply(value.trim());
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E one(String name, Class<E> type) {
        return name == null ? null : Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(name.trim())).findFirst().orElse(null);
    }

    private static <E extends Enum<E>> Set<E> enums(String csv, Class<E> type) {
        if (csv == null) {
            return Set.of();
        }
        return Arrays.stream(csv.split(",")).map(String::trim)
                .flatMap(name -> Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)))
                .collect(Collectors.toSet());
    }
}
