package io.customerintel.domain.lifecycle;

import static io.customerintel.domain.lifecycle.HistoryBuilder.customer;
import static io.customerintel.domain.lifecycle.HistoryBuilder.noon;
import static io.customerintel.domain.lifecycle.LifecycleStage.ACTIVE;
import static io.customerintel.domain.lifecycle.LifecycleStage.INACTIVE;
import static io.customerintel.domain.lifecycle.LifecycleStage.LOST;
import static io.customerintel.domain.lifecycle.LifecycleStage.LOYAL;
import static io.customerintel.domain.lifecycle.LifecycleStage.NEW;
import static io.customerintel.domain.lifecycle.LifecycleStage.PROSPECT;
import static io.customerintel.domain.lifecycle.LifecycleStage.WON_BACK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every stage boundary of the default policy: the day before, the day of and the day after. */
class LifecycleStageRulesTest {
  static final LifecyclePolicy POLICY = LifecyclePolicy.DEFAULT;
  static final LocalDate FIRST = LocalDate.of(2024, 1, 10);

  static LifecycleStage stage(CustomerFacts facts, LocalDate today) {
    LifecycleStage stage = POLICY.stageOn(facts, today);
    assertEquals(stage, POLICY.timeline(facts).stageOn(today), "timeline disagrees with stageOn on " + today);
    return stage;
  }

  @Nested
  class Prospects {
    @Test
    void someoneWhoNeverBoughtIsAProspect() {
      assertEquals(PROSPECT, stage(CustomerFacts.NONE, FIRST));
      assertEquals(PROSPECT, stage(customer().facts(), FIRST.plusYears(5)));
    }
  }

  @Nested
  class NewCustomers {
    CustomerFacts oneDay = customer().boughtOn(FIRST).facts();

    @Test
    void aCustomerIsNewOnTheDayOfTheirFirstPurchase() {
      assertEquals(NEW, stage(oneDay, FIRST));
    }

    @Test
    void aCustomerWithOnePurchaseDay89DaysAgoIsNew() {
      assertEquals(NEW, stage(oneDay, FIRST.plusDays(89)));
    }

    @Test
    void aCustomerWithOnePurchaseDay90DaysAgoIsStillNew() {
      assertEquals(NEW, stage(oneDay, FIRST.plusDays(90)));
    }

    @Test
    void oneDayLaterTheyAreActive() {
      assertEquals(ACTIVE, stage(oneDay, FIRST.plusDays(91)));
    }

    @Test
    void severalPurchasesOnTheFirstDayAreStillOnePurchaseDaySoTheCustomerIsNew() {
      CustomerFacts facts = customer().purchase(noon(FIRST), "5").purchase(noon(FIRST).plusSeconds(600), "7")
          .purchase(noon(FIRST).plusSeconds(7200), "9").facts();
      assertEquals(3, facts.purchaseCount());
      assertEquals(1, facts.purchaseDays());
      assertEquals(NEW, stage(facts, FIRST.plusDays(30)));
    }

    @Test
    void aSecondPurchaseDayEndsNewEvenWithinTheFirst90Days() {
      CustomerFacts facts = customer().boughtOn(FIRST, FIRST.plusDays(1)).facts();
      assertEquals(ACTIVE, stage(facts, FIRST.plusDays(1)));
      assertEquals(ACTIVE, stage(facts, FIRST.plusDays(90)));
    }
  }

  @Nested
  class Inactivity {
    CustomerFacts oneDay = customer().boughtOn(FIRST).facts();

    @Test
    void aLastPurchaseDay181DaysAgoIsActive() {
      assertEquals(ACTIVE, stage(oneDay, FIRST.plusDays(181)));
    }

    @Test
    void aLastPurchaseDay182DaysAgoIsStillActive() {
      assertEquals(ACTIVE, stage(oneDay, FIRST.plusDays(182)));
    }

    @Test
    void aLastPurchaseDay183DaysAgoIsInactive() {
      assertEquals(INACTIVE, stage(oneDay, FIRST.plusDays(183)));
    }

    @Test
    void inactivityCountsFromTheLastPurchaseDayNotTheFirst() {
      LocalDate last = FIRST.plusDays(100);
      CustomerFacts facts = customer().boughtOn(FIRST, last).facts();
      assertEquals(ACTIVE, stage(facts, last.plusDays(182)));
      assertEquals(INACTIVE, stage(facts, last.plusDays(183)));
    }

    @Test
    void aLoyalCustomerBecomesInactiveToo() {
      LocalDate last = FIRST.plusDays(300);
      CustomerFacts facts = customer().boughtOn(FIRST, FIRST.plusDays(150), last).facts();
      assertEquals(LOYAL, stage(facts, last.plusDays(182)));
      assertEquals(INACTIVE, stage(facts, last.plusDays(183)));
    }

    @Test
    void aDefectionBeforeTheLastPurchaseDoesNotMakeAnInactiveCustomerLost() {
      CustomerFacts facts = customer().defectedOn(FIRST.minusDays(10)).boughtOn(FIRST).facts();
      assertEquals(INACTIVE, stage(facts, FIRST.plusDays(400)));
    }
  }

  @Nested
  class WonBackAfterAGap {
    @Test
    void aGapOf181DaysIsNoReturn() {
      LocalDate second = FIRST.plusDays(181);
      assertEquals(ACTIVE, stage(customer().boughtOn(FIRST, second).facts(), second));
    }

    @Test
    void aGapOfExactly182DaysIsNoReturn() {
      LocalDate second = FIRST.plusDays(182);
      CustomerFacts facts = customer().boughtOn(FIRST, second).facts();
      assertEquals(null, facts.lastReturnDay());
      assertEquals(ACTIVE, stage(facts, second));
    }

    @Test
    void aGapOf183DaysMakesTheNextPurchaseAReturn() {
      LocalDate second = FIRST.plusDays(183);
      CustomerFacts facts = customer().boughtOn(FIRST, second).facts();
      assertEquals(second, facts.lastReturnDay());
      assertEquals(WON_BACK, stage(facts, second));
    }

    @Test
    void theyAreWonBack89And90DaysAfterTheReturn() {
      LocalDate second = FIRST.plusDays(183);
      CustomerFacts facts = customer().boughtOn(FIRST, second).facts();
      assertEquals(WON_BACK, stage(facts, second.plusDays(89)));
      assertEquals(WON_BACK, stage(facts, second.plusDays(90)));
    }

    @Test
    void ninetyOneDaysAfterTheReturnTheyAreActive() {
      LocalDate second = FIRST.plusDays(183);
      CustomerFacts facts = customer().boughtOn(FIRST, second).facts();
      assertEquals(ACTIVE, stage(facts, second.plusDays(91)));
    }

    @Test
    void ninetyOneDaysAfterTheReturnALongStandingCustomerIsLoyalAgain() {
      LocalDate back = FIRST.plusDays(400);
      CustomerFacts facts = customer().boughtOn(FIRST, FIRST.plusDays(100), back).facts();
      assertEquals(WON_BACK, stage(facts, back.plusDays(90)));
      assertEquals(LOYAL, stage(facts, back.plusDays(91)));
    }

    @Test
    void furtherPurchasesAfterTheReturnKeepTheReturnDay() {
      LocalDate back = FIRST.plusDays(200);
      CustomerFacts facts = customer().boughtOn(FIRST, back, back.plusDays(10), back.plusDays(50)).facts();
      assertEquals(back, facts.lastReturnDay());
      assertEquals(WON_BACK, stage(facts, back.plusDays(90)));
      assertEquals(ACTIVE, stage(facts, back.plusDays(91)));
    }

    @Test
    void theLatestOfSeveralReturnsCounts() {
      LocalDate firstReturn = FIRST.plusDays(200);
      LocalDate secondReturn = firstReturn.plusDays(300);
      CustomerFacts facts = customer().boughtOn(FIRST, firstReturn, secondReturn).facts();
      assertEquals(secondReturn, facts.lastReturnDay());
      assertEquals(WON_BACK, stage(facts, secondReturn.plusDays(90)));
    }
  }

  @Nested
  class WonBackAfterADefection {
    LocalDate defected = FIRST.plusDays(20);
    LocalDate back = FIRST.plusDays(40);
    CustomerFacts facts = customer().boughtOn(FIRST).defectedOn(defected).boughtOn(back).facts();

    @Test
    void buyingAgainAfterADefectionIsAReturn() {
      assertEquals(back, facts.lastReturnDay());
      assertEquals(WON_BACK, stage(facts, back));
    }

    @Test
    void theyAreWonBack89And90DaysAfterTheReturn() {
      assertEquals(WON_BACK, stage(facts, back.plusDays(89)));
      assertEquals(WON_BACK, stage(facts, back.plusDays(90)));
    }

    @Test
    void ninetyOneDaysAfterTheReturnTheyAreActive() {
      assertEquals(ACTIVE, stage(facts, back.plusDays(91)));
    }

    @Test
    void theReturnIsTheFirstPurchaseAfterTheDefectionNotTheLatest() {
      CustomerFacts more = customer().boughtOn(FIRST).defectedOn(defected).boughtOn(back, back.plusDays(30)).facts();
      assertEquals(back, more.lastReturnDay());
      assertEquals(ACTIVE, stage(more, back.plusDays(91)));
    }

    @Test
    void aLaterReturnAfterAGapWinsOverTheEarlierReturnAfterTheDefection() {
      LocalDate afterGap = back.plusDays(200);
      CustomerFacts both = customer().boughtOn(FIRST).defectedOn(defected).boughtOn(back, afterGap).facts();
      assertEquals(afterGap, both.lastReturnDay());
      assertEquals(WON_BACK, stage(both, afterGap.plusDays(90)));
    }

    @Test
    void aLaterReturnAfterTheDefectionWinsOverAnEarlierReturnAfterAGap() {
      LocalDate afterGap = FIRST.plusDays(200);
      LocalDate defectedLater = afterGap.plusDays(10);
      LocalDate backLater = afterGap.plusDays(30);
      CustomerFacts both = customer().boughtOn(FIRST, afterGap).defectedOn(defectedLater).boughtOn(backLater).facts();
      assertEquals(backLater, both.lastReturnDay());
      assertEquals(WON_BACK, stage(both, backLater.plusDays(90)));
      assertEquals(ACTIVE, stage(both, backLater.plusDays(91)));
    }
  }

  @Nested
  class Lost {
    @Test
    void aDefectionAfterTheLastPurchaseMakesACustomerLost() {
      CustomerFacts facts = customer().boughtOn(FIRST).defectedAt(noon(FIRST).plusSeconds(1)).facts();
      assertEquals(LOST, stage(facts, FIRST));
    }

    @Test
    void aDefectionAtTheSameInstantAsTheLastPurchaseDoesNotMakeThemLost() {
      CustomerFacts facts = customer().boughtOn(FIRST).defectedAt(noon(FIRST)).facts();
      assertEquals(NEW, stage(facts, FIRST));
    }

    @Test
    void aPurchaseOneSecondAfterTheDefectionWinsThemBack() {
      CustomerFacts facts = customer().boughtOn(FIRST).defectedAt(noon(FIRST.plusDays(5)))
          .purchase(noon(FIRST.plusDays(5)).plusSeconds(1), "3").facts();
      assertEquals(WON_BACK, stage(facts, FIRST.plusDays(5)));
    }

    @Test
    void aPurchaseLaterOnTheDayOfTheDefectionWinsThemBackThatDay() {
      CustomerFacts facts = customer().boughtOn(FIRST).purchase(noon(FIRST.plusDays(5)).minusSeconds(3600), "3")
          .defectedAt(noon(FIRST.plusDays(5))).purchase(noon(FIRST.plusDays(5)).plusSeconds(3600), "3").facts();
      assertEquals(FIRST.plusDays(5), facts.lastReturnDay());
      assertEquals(WON_BACK, stage(facts, FIRST.plusDays(5)));
    }

    @Test
    void aDefectionWithoutAnyPurchaseIsLost() {
      CustomerFacts facts = customer().defectedOn(FIRST).facts();
      assertEquals(LOST, stage(facts, FIRST));
    }

    @Test
    void aLostCustomerStaysLostNoMatterHowMuchTimePasses() {
      CustomerFacts facts = customer().boughtOn(FIRST, FIRST.plusDays(100), FIRST.plusDays(200))
          .defectedOn(FIRST.plusDays(201)).facts();
      for (int days : new int[] {201, 300, 365, 1000, 5000}) {
        assertEquals(LOST, stage(facts, FIRST.plusDays(days)));
      }
    }
  }

  @Nested
  class Loyalty {
    LocalDate third = FIRST.plusDays(200);
    CustomerFacts threeDays = customer().boughtOn(FIRST, FIRST.plusDays(100), third).facts();

    @Test
    void threePurchaseDaysAndTenureOf364DaysIsActive() {
      assertEquals(ACTIVE, stage(threeDays, FIRST.plusDays(364)));
    }

    @Test
    void threePurchaseDaysAndTenureOf365DaysIsLoyal() {
      assertEquals(LOYAL, stage(threeDays, FIRST.plusDays(365)));
    }

    @Test
    void theyStayLoyalTheDayAfter() {
      assertEquals(LOYAL, stage(threeDays, FIRST.plusDays(366)));
    }

    @Test
    void twoPurchaseDaysAreNotEnoughForLoyalty() {
      CustomerFacts two = customer().boughtOn(FIRST, third).facts();
      assertEquals(ACTIVE, stage(two, FIRST.plusDays(365)));
    }

    @Test
    void manyPurchasesOnTwoDaysAreStillTwoPurchaseDays() {
      CustomerFacts facts = customer().purchase(noon(FIRST), "1").purchase(noon(FIRST).plusSeconds(60), "1")
          .purchase(noon(FIRST).plusSeconds(120), "1").boughtOn(third).facts();
      assertEquals(4, facts.purchaseCount());
      assertEquals(2, facts.purchaseDays());
      assertEquals(ACTIVE, stage(facts, FIRST.plusDays(365)));
    }

    @Test
    void aThirdPurchaseDayAfterOneYearMakesThemLoyalThatDay() {
      LocalDate late = FIRST.plusDays(370);
      CustomerFacts facts = customer().boughtOn(FIRST, FIRST.plusDays(200), late).facts();
      CustomerFacts before = customer().boughtOn(FIRST, FIRST.plusDays(200)).facts();
      assertEquals(ACTIVE, stage(before, late));
      assertEquals(LOYAL, stage(facts, late));
    }
  }

  @Test
  void tenantWindowsReplaceTheDefaults() {
    LifecyclePolicy shortWindows = new LifecyclePolicy(7, 30, 14, 40, 2);
    CustomerFacts one = customer().boughtOn(FIRST).facts(shortWindows);
    assertEquals(NEW, shortWindows.stageOn(one, FIRST.plusDays(7)));
    assertEquals(ACTIVE, shortWindows.stageOn(one, FIRST.plusDays(8)));
    assertEquals(ACTIVE, shortWindows.stageOn(one, FIRST.plusDays(30)));
    assertEquals(INACTIVE, shortWindows.stageOn(one, FIRST.plusDays(31)));
    CustomerFacts back = customer().boughtOn(FIRST, FIRST.plusDays(31)).facts(shortWindows);
    assertEquals(WON_BACK, shortWindows.stageOn(back, FIRST.plusDays(31 + 14)));
    assertEquals(LOYAL, shortWindows.stageOn(back, FIRST.plusDays(31 + 15)));
  }
}
