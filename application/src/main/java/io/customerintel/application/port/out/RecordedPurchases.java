package io.customerintel.application.port.out;

/** What a purchase write did: newly stored, and skipped because their external id was already stored. */
public record RecordedPurchases(int recorded, int duplicates) {}
