package org.oneplan.partner.api;

import java.time.LocalDate;
import java.util.UUID;

public record AllyView(UUID id, String code, String name, LocalDate accessionDate) {}
