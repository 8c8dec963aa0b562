/**
 * Field-level merge of concurrent edits: a save carries the values it started from, so the server applies only the
 * fields the user changed onto the current row and asks only when both sides changed the same field.
 */
package com.salespact.base.merge;
