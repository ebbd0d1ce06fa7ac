/*
 * Tasklist fix for Camunda Forms with editable lists (Camunda 7.24): Tasklist counts every key of
 * form-js's error object, and a dynamic list leaves keys behind with no error in them, so the
 * "Hoàn thành" button stayed grey after a row was edited until the form was saved. A form is
 * treated as valid when form-js shows no error on screen; Tasklist still validates the whole form
 * when it is submitted, so nothing invalid gets through.
 */
define([], function () {
  'use strict';
  var angular = window.angular;

  function formJsShowsNoError() {
    var forms = document.querySelectorAll('.fjs-form');
    if (!forms.length) {
      return false; // an embedded HTML form: keep Tasklist's own verdict
    }
    return document.querySelectorAll('.fjs-form .fjs-has-errors').length === 0;
  }

  angular.module('tdkt.tasklist.fixes', []).config(['$provide', function ($provide) {
    $provide.decorator('camTasklistFormDirective', ['$delegate', function ($delegate) {
      var directive = $delegate[0];
      var original = directive.controller;
      var deps = angular.isArray(original) ? original.slice(0, -1) : [];
      var construct = angular.isArray(original) ? original[original.length - 1] : original;
      directive.controller = deps.concat([function () {
        construct.apply(this, arguments);
        var notify = this.notifyFormValidated;
        this.notifyFormValidated = function (invalid) {
          notify.call(this, invalid);
          if (invalid) {
            // form-js renders its errors after the change event: judge by the screen a moment later.
            setTimeout(function () {
              if (formJsShowsNoError()) {
                notify.call(this, false);
              }
            }.bind(this), 50);
          }
        };
      }]);
      return $delegate;
    }]);
  }]);
});
