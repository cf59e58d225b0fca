/**
 * Readers of the publishers' own list files (CONTRACT §8): OFAC SDN (CSV set, SDN.XML), the UN Security Council
 * consolidated XML, the EU FSF consolidated XML and CSV, CGU's CEIS, CNEP, CEPIM and PEP CSVs, and Receita Federal's
 * open CNPJ data. Each turns bytes into domain records as a stream, in bounded memory, and refuses a file that is not
 * the asked list's format with {@link kycert.adapters.lists.InvalidListFile}. Entry point: {@link kycert.adapters.lists.ListFileReaders}.
 */
package kycert.adapters.lists;
