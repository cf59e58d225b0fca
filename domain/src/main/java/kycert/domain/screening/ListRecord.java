package kycert.domain.screening;

/** What a publisher's file yields, record by record: list entries, or Receita's establishments and companies. */
public sealed interface ListRecord permits ListRecord.Entry, ListRecord.Establishment, ListRecord.Company {
    record Entry(ListEntry entry) implements ListRecord {}

    record Establishment(CnpjEstablishment establishment) implements ListRecord {}

    record Company(CnpjCompany company) implements ListRecord {}
}
