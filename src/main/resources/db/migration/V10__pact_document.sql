-- The sales formula's numbers as proposed (JSON: target, each input with its source, selling weeks), so the signed
-- pact shows what was agreed; null while a draft and for versions proposed before this column existed.
alter table pact_version add column formula_agreed varchar(4000);
