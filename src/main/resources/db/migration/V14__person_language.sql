-- The language a person chose for SalesPact (issue 16, point 14): an IETF tag such as 'de'; null follows the browser.
alter table person add column language varchar(16);
