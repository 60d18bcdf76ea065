/**
 * The model against published results: {@code validation.json} names each study's condition,
 * quantity and published value, and {@code Validation} computes the model's value for it.
 * {@code runmuscle validate} prints the table; a test keeps the passing rows passing.
 */
package org.runmuscle.core.validate;
