package se.samverkan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverkan.platform.FieldValidationException;
import se.samverkan.platform.Figure;

/** Uppföljning's rules without the application: periods, suppression, shares, median and percentile. */
class FollowUpRulesTest {

    @ParameterizedTest
    @CsvSource({
        "2025-03,  2025-03-01, 2025-04-01, mars 2025",
        "2025-12,  2025-12-01, 2026-01-01, december 2025",
        "2025-K1,  2025-01-01, 2025-04-01, första kvartalet 2025",
        "2025-K4,  2025-10-01, 2026-01-01, fjärde kvartalet 2025",
        "2025,     2025-01-01, 2026-01-01, 2025",
        "' 2024 ', 2024-01-01, 2025-01-01, 2024"})
    void periods(String code, LocalDate from, LocalDate to, String label) {
        Period period = Period.parse(code);
        assertThat(period.from()).isEqualTo(from);
        assertThat(period.to()).isEqualTo(to);
        assertThat(period.label()).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource({"2025-00", "2025-13", "2025-K0", "2025-K5", "1999", "2101", "25", "2025-1", "2025-Q1", "''", "mars"})
    void invalidPeriodsNameTheField(String code) {
        assertThatThrownBy(() -> Period.parse(code)).isInstanceOf(FieldValidationException.class)
                .hasFieldOrPropertyWithValue("field", "period");
    }

    @ParameterizedTest
    @CsvSource({"0, , färre än 5", "1, , färre än 5", "4, , färre än 5", "5, 5, 5", "12, 12, 12"})
    void countsUnderFiveAreSuppressed(long count, Long value, String text) {
        assertThat(Figure.of(count)).isEqualTo(new Figure(value, text));
    }

    @ParameterizedTest
    @CsvSource({"7, 8, 88, 88 %", "0, 5, 0, 0 %", "5, 5, 100, 100 %", "1, 3, , färre än 5 underlag",
        "0, 0, , färre än 5 underlag"})
    void sharesNeedFiveBehindThem(long yes, long all, Integer percent, String text) {
        Share share = Share.of(yes, all);
        assertThat(share.percent()).isEqualTo(percent);
        assertThat(share.text()).isEqualTo(text);
    }

    @Test
    void medianAndNearestRankPercentile() {
        assertThat(LeadTime.median(List.of(1L, 2L, 3L, 4L, 5L, 10L))).isEqualTo(3.5);
        assertThat(LeadTime.median(List.of(1L, 2L, 30L))).isEqualTo(2.0);
        assertThat(LeadTime.percentile(List.of(10L, 14L, 18L, 20L, 25L, 30L), 90)).isEqualTo(30L);
        assertThat(LeadTime.percentile(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), 90)).isEqualTo(9L);
        LeadTime lead = LeadTime.of("X", "x", List.of(-1L, 0L, 7L, 8L, 60L, 3L));
        assertThat(lead.distribution()).extracting(b -> b.label()).containsExactly("0–7 dagar", "8–14 dagar",
                "15–21 dagar", "22–28 dagar", "29–42 dagar", "43–56 dagar", "mer än 56 dagar");
        assertThat(lead.distribution().get(0).cases().text()).isEqualTo("färre än 5");
        assertThat(LeadTime.of("X", "x", List.of(-1L, 0L, 7L, 3L, 5L)).distribution().get(0).cases().value()).isEqualTo(5L);
        assertThat(LeadTime.of("X", "x", List.of(1L, 2L, 3L, 4L)).medianDays()).isNull();
    }

    @Test
    void attendanceCountsMemberOrDeputy() {
        String record = "FORSAKRINGSKASSAN:MEMBER,ARBETSFORMEDLINGEN:DEPUTY,KOMMUNEN:ABSENT";
        assertThat(FollowUpService.present(record, FollowUpCodes.Party.FORSAKRINGSKASSAN)).isTrue();
        assertThat(FollowUpService.present(record, FollowUpCodes.Party.ARBETSFORMEDLINGEN)).isTrue();
        assertThat(FollowUpService.present(record, FollowUpCodes.Party.KOMMUNEN)).isFalse();
        assertThat(FollowUpService.present(record, FollowUpCodes.Party.REGIONEN)).isFalse();
        assertThat(FollowUpService.present(null, FollowUpCodes.Party.REGIONEN)).isFalse();
    }
}
