/**
 * Layer bench (base): steps as events handed to StepListeners (Allure is one). Uses verdict and the drivers'
 * exception type only.
 */
package io.phonebench.bench.step;
